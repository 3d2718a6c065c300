export interface ProductsTable {
  id: string;
  name: string;
  vendor: string;
  kind: string;
  /** The full ProductSpec as JSON: technical figures with the source of each. */
  spec: string;
  createdAt: string;
  updatedAt: string;
}

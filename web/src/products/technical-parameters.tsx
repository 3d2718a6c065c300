import { Link } from 'react-router-dom';
import type { ProductSpec } from '../api/types';
import { formatNumber } from '../ui/format';

interface ParameterRow {
  name: string;
  value: string;
  source: string | null;
  link?: string;
}

/** Every figure the class rests on, with where it came from: a classification is only as good as its sources. */
function parameterRows(product: ProductSpec): ParameterRow[] {
  switch (product.kind) {
    case 'chip': {
      const rows: ParameterRow[] = [
        {
          name: 'Designed or marketed for datacenters',
          value: product.datacenter.value ? 'Yes' : 'No',
          source: product.datacenter.source,
        },
        product.dieAreaMm2
          ? {
              name: 'Applicable die area',
              value: `${formatNumber(product.dieAreaMm2.value, 1)} mm²`,
              source: product.dieAreaMm2.source,
            }
          : { name: 'Applicable die area', value: 'Not recorded', source: null },
        product.dramBandwidthGBps
          ? {
              name: 'Total DRAM bandwidth',
              value: `${formatNumber(product.dramBandwidthGBps.value)} GB/s`,
              source: product.dramBandwidthGBps.source,
            }
          : { name: 'Total DRAM bandwidth', value: 'Not recorded', source: null },
      ];
      for (const rate of product.peak) {
        rows.push({
          name: `Peak ${rate.format} (${rate.bits}-bit${rate.sparse ? ', with sparsity' : ', dense'})`,
          value: `${formatNumber(rate.tops, 1)} TOPS`,
          source: rate.source,
        });
      }
      return rows;
    }
    case 'assembly':
      return [
        {
          name: 'Contains',
          value: `${formatNumber(product.component.units)} × ${product.component.productId}`,
          source: null,
          link: `/products/${encodeURIComponent(product.component.productId)}`,
        },
      ];
    case 'hbm':
      return [
        {
          name: 'Memory bandwidth',
          value: `${formatNumber(product.memoryBandwidthGBps.value)} GB/s`,
          source: product.memoryBandwidthGBps.source,
        },
        {
          name: 'Package area',
          value: `${formatNumber(product.packageAreaMm2.value, 1)} mm²`,
          source: product.packageAreaMm2.source,
        },
      ];
  }
}

export function TechnicalParameters({ product }: { product: ProductSpec }) {
  return (
    <table className="table" data-testid="technical-parameters">
      <thead>
        <tr>
          <th>Parameter</th>
          <th className="num">Value</th>
          <th>Source</th>
        </tr>
      </thead>
      <tbody>
        {parameterRows(product).map((row) => (
          <tr key={row.name}>
            <td>{row.name}</td>
            <td className="num nowrap">{row.link ? <Link to={row.link}>{row.value}</Link> : row.value}</td>
            <td className="source">{row.source ?? <span className="muted">—</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

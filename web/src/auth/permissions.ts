/**
 * The server's access table, imported rather than copied: the UI hides what a role may not use, and a
 * second copy of the table would drift from the one the server enforces. The server still checks every
 * request; hiding a button is a courtesy, not the control.
 */
export { roleMay, type Permission } from '../../../src/domain/accounts/roles';

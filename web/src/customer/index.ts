export { CustomerDetails, CustomerPanel } from './customer-panel.js';
export { CustomerPage } from './customer-page.js';

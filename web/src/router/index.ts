export { Link, matchPath, navigate, useDocumentTitle, useLocation } from './router.js';

export { SignInPage } from './sign-in-page.js';

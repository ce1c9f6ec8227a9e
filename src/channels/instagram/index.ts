export { instagramAdapter as adapter, instagramAdapter, instagramProfile, InstagramConfigSchema } from './instagram-adapter.js';

import { metaMessagingAdapter, metaMessagingSchema, type MetaMessagingProfile } from '../messenger/index.js';

/** Instagram Messaging: the Messenger Platform with Instagram's object, account id, limits and profile fields. */
export const instagramProfile: MetaMessagingProfile = {
  kind: 'instagram', displayName: 'Instagram', object: 'instagram', accountField: 'instagramAccountId', maxTextLength: 1000,
  profileFields: 'name,username', fileDelivery: 'link',
};

/** `PUT /api/v1/channels/{id}` for an Instagram professional account's direct messages. */
export const InstagramConfigSchema = metaMessagingSchema('instagram', 'instagramAccountId', 'the Instagram professional account id');

/** Instagram direct messages: signed webhooks, read receipts by message id, the Send API with its 24-hour window. */
export const instagramAdapter = metaMessagingAdapter(instagramProfile, InstagramConfigSchema);

import { metaMessagingAdapter, metaMessagingSchema, type MetaMessagingProfile } from './meta-messaging.js';

/** Facebook Messenger: what differs from Instagram on the shared Messenger Platform. */
export const messengerProfile: MetaMessagingProfile = {
  kind: 'messenger', displayName: 'Messenger', object: 'page', accountField: 'pageId', maxTextLength: 2000,
  profileFields: 'first_name,last_name', fileDelivery: 'upload',
};

/** `PUT /api/v1/channels/{id}` for a Facebook page's Messenger inbox. */
export const MessengerConfigSchema = metaMessagingSchema('messenger', 'pageId', 'the Facebook page id');

/** Facebook Messenger: signed webhooks (`entry[].messaging[]`), receipts, the Send API with its 24-hour window. */
export const messengerAdapter = metaMessagingAdapter(messengerProfile, MessengerConfigSchema);

import { bounceWebhookAction, bounceWebhookLoader } from "~/modules/newsletter/bounce-webhook.server";

/** POST /api/v1/newsletter/events: the provider's bounce and complaint webhook (bounce-webhook.server.ts). */
export const action = bounceWebhookAction;
export const loader = bounceWebhookLoader;

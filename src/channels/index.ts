// Every donation channel. Adding one is a file like ./kofi.ts and a line here.
import { buymeacoffee } from "./buymeacoffee";
import { donations } from "./donations";
import { githubSponsors } from "./github-sponsors";
import { kofi } from "./kofi";
import { patreon } from "./patreon";
import { paypal } from "./paypal";
import type { Channel } from "./types";

/** The channels of `POST /api/v1/webhooks/<name>?campaign=<slug>` (Stripe has its own route). */
export const CHANNELS: readonly Channel[] = [paypal, kofi, buymeacoffee, githubSponsors, patreon, donations];

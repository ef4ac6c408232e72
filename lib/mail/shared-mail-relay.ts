/**
 * Domains of shared mail services: mailbox providers and the bulk-sending services that applicant
 * tracking systems relay candidates' mail through. A Received hop from one of their servers records
 * where the service's machines are (several are on the VPN and hosting list as cloud networks), not
 * where the sender is, so the Received walk stops there instead of blaming the applicant for it.
 * Matched on the reverse-DNS name the receiving server recorded, else on the announced name.
 */
const SHARED_MAIL_DOMAINS = [
  // Mailbox providers.
  'aol.com', 'gmx.com', 'gmx.net', 'google.com', 'googlemail.com', 'hotmail.com', 'icloud.com', 'live.com', 'mail.ru',
  'me.com', 'messagingengine.com', 'outlook.com', 'proton.me', 'protonmail.ch', 'protonmail.com', 'tuta.io', 'tutanota.de',
  'web.de', 'yahoo.com', 'yahoodns.net', 'yandex.net', 'yandex.ru', 'zoho.com', 'zohomail.com',
  // Bulk-sending services.
  'amazonses.com', 'mailgun.net', 'mailgun.org', 'mandrillapp.com', 'mcsv.net', 'mtasv.net', 'sendgrid.net', 'sparkpostmail.com',
];

/** True when `host` (lower case, no trailing dot) is one of those domains or a name under one. */
export function isSharedMailRelay(host: string | undefined): boolean {
  if (host === undefined) return false;
  return SHARED_MAIL_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/**
 * Where the rules behind the duty calculator are: an index of destinations, and one page per
 * destination (/en/tools/duty-rules/cn/). One place for the addresses, so the glance table, the
 * calculator, the changes feed and the pages agree.
 */
export const rulesIndexHref = (locale: string) => `/${locale}/tools/duty-rules/`;
export const rulesHref = (locale: string, destination: string) => `${rulesIndexHref(locale)}${destination.toLowerCase()}/`;

/** A page of the people list: enough to fill a screen or two, the rest by "Load more". */
export const PEOPLE_PAGE_SIZE = 50;

/**
 * extract/facilities: health facilities with their type, name, city and province; the grammar,
 * coreference and lexicons live in ./facilities/.
 *
 * Example: `درمانگاههای هشترود ، عجب شیر و ملکان` → three clinics: { type: 'clinic', name: null,
 * city: 'هشترود', province: 'آذربایجان شرقی' }, { … city: 'عجب شیر' … }, { … city: 'ملکان' … }.
 */
export { extractFacilities, facilityTypeAt, findPhrases } from './facilities/index.js';

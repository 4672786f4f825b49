import { addressRecogniser } from "./recognise-address.js";
import { dateRecogniser } from "./recognise-date.js";
import {
  englishAddressRecogniser,
  internationalPhoneRecogniser,
  ukPostcodeRecogniser,
} from "./recognise-international.js";
import {
  bsnRecogniser,
  emailRecogniser,
  ibanRecogniser,
  phoneRecogniser,
  plateRecogniser,
  postcodeRecogniser,
  urlRecogniser,
} from "./recognise-patterns.js";
import { personRecogniser } from "./recognise-person.js";
import type { Recogniser } from "./types.js";

/** The default recognisers, in the order they run (each is also exported for reuse in custom lists). */
export const DEFAULT_RECOGNISERS: readonly Recogniser[] = [
  emailRecogniser,
  urlRecogniser,
  ibanRecogniser,
  bsnRecogniser,
  phoneRecogniser,
  internationalPhoneRecogniser,
  plateRecogniser,
  postcodeRecogniser,
  ukPostcodeRecogniser,
  dateRecogniser,
  addressRecogniser,
  englishAddressRecogniser,
  personRecogniser,
];

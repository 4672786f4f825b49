import { type AnonymisationKey, hash, hashDigits } from "./key.js";
import { getLexicon, normaliseWord } from "./lexicon.js";
import { isValidBsn, isValidIban } from "./validators.js";

/** Replace every digit of a value with digits derived from the key, keeping separators and the first `keep` digits. */
function redigit(key: AnonymisationKey, value: string, keep: number): string {
  const fresh = hashDigits(key.secret, `digits:${value}`, value.length);
  let seen = 0;
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch >= "0" && ch <= "9") {
      out += seen < keep ? ch : fresh[i]!;
      seen++;
    } else out += ch;
  }
  return out;
}

/** A phone number with the same prefix and layout and other digits. */
export function surrogatePhone(key: AnonymisationKey, value: string): string {
  // keep country code, trunk 0 and the area or mobile prefix ("06", "045"): at most 4 leading digits
  const prefix = /^(\+31|0031)?[\s(]*0?\)?\s*(6|[1-9]\d{1,2})/.exec(value);
  const keep = prefix ? prefix[0].replace(/\D/g, "").length : 2;
  let out = redigit(key, value, keep);
  if (out.replace(/\D/g, "") === value.replace(/\D/g, "")) out = redigit(key, `${value}'`, keep);
  return out;
}

/** A BSN in the same layout that fails the 11-proef, so it can never be a real number. */
export function surrogateBsn(key: AnonymisationKey, value: string): string {
  let out = redigit(key, value, 0);
  for (let tries = 0; isValidBsn(out.replace(/\D/g, "")) && tries < 10; tries++) {
    const last = out.search(/\d(?=\D*$)/);
    out = out.slice(0, last) + String((Number(out[last]) + 1) % 10) + out.slice(last + 1);
  }
  return out;
}

/** An IBAN in the same layout (country and bank code kept) that fails mod-97, so it can never be real. */
export function surrogateIban(key: AnonymisationKey, value: string): string {
  const compact = value.replace(/\s/g, "");
  const head = compact.slice(0, 8); // country, check digits, bank code
  const account = hashDigits(key.secret, `iban:${compact}`, compact.length - 8);
  let fake = head + account;
  for (let d = 0; isValidIban(fake) && d < 10; d++) fake = fake.slice(0, -1) + String(d);
  // restore the original spacing
  let out = "";
  let k = 0;
  for (const ch of value) {
    if (/\s/.test(ch)) out += ch;
    else out += fake[k++] ?? "";
  }
  return out;
}

/** A postcode with letters SA, SD or SS, which PostNL never issues. */
export function surrogatePostcode(key: AnonymisationKey, value: string): string {
  // A UK postcode gets a UK form in the non-geographic area ZZ (never issued for an address).
  if (/^[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}$/.test(value)) {
    const h = hash(key.secret, `pcuk:${value}`);
    return `ZZ${1 + (h % 9)} ${h % 10}ZZ`;
  }
  const digits = String(1000 + (hash(key.secret, `pc:${value}`) % 9000));
  const letters = ["SA", "SD", "SS"][hash(key.secret, `pcl:${value}`) % 3]!;
  const space = /\d\s+\p{L}/u.test(value) ? " " : "";
  const l = value.slice(-2) === value.slice(-2).toLowerCase() ? letters.toLowerCase() : letters;
  return `${digits}${space}${l}`;
}

/** A plate of the same side code with a Q, a letter Dutch plates never use. */
export function surrogatePlate(key: AnonymisationKey, value: string): string {
  const letters = "BDFGHJKLNPRSTVXZ";
  let firstLetter = true;
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (/\d/.test(ch)) out += String(hash(key.secret, `plate:${value}:${i}`) % 10);
    else if (/\p{L}/u.test(ch)) {
      out += firstLetter ? "Q" : letters[hash(key.secret, `plate:${value}:${i}`) % letters.length];
      firstLetter = false;
    } else out += ch;
  }
  return out;
}

/** An e-mail address at the reserved domain example.org. */
export function surrogateEmail(key: AnonymisationKey, value: string, n: number): string {
  void value;
  void key;
  return `persoon${n}@example.org`;
}

/** A handle or URL with the personal part replaced. */
export function surrogateUrl(value: string, n: number): string {
  if (value.startsWith("@")) return `@gebruiker${n}`;
  const slash = value.indexOf("/", value.indexOf("//") === -1 ? 0 : value.indexOf("//") + 2);
  return slash === -1 ? `example.org/gebruiker${n}` : `${value.slice(0, slash)}/gebruiker${n}`;
}

const STREET_SUFFIX =
  /(straat|straatje|laan|weg|plein|hof|pad|dreef|boord|singel|gracht|kade|steeg|allee|plantsoen|markt|dijk|ring|wal|baan|berg|kuil|heide|broek|veld|park)$/i;

/** A street with a surrogate name of the same type and a surrogate house number. */
export function surrogateAddress(key: AnonymisationKey, value: string, used: Set<string>): string {
  // English form, number first ("41 Hyde Park Road"): another number, a surrogate name, the same street word.
  const en = /^(\d{1,4}[a-zA-Z]?)(\s+)(.*\s)(\p{Lu}\p{L}*\.?)$/u.exec(value);
  if (en) {
    const mapKey = `street:${normaliseWord(en[3]! + en[4]!)}`;
    let street = key.mappings[mapKey];
    if (!street) {
      const pool = getLexicon().surrogateSurnames.filter((n) => !/\s/.test(n));
      let i = hash(key.secret, mapKey) % pool.length;
      while (used.has(`street:${pool[i % pool.length]} ${en[4]}`) && i < pool.length * 2) i++;
      street = `${pool[i % pool.length]} ${en[4]}`;
      used.add(`street:${street}`);
      key.mappings[mapKey] = street;
    }
    const number = String(1 + (hash(key.secret, `nr:${value}`) % 200));
    return `${number === en[1] ? String(Number(number) + 1) : number}${en[2]}${street}`;
  }
  const m = /^(.*?\p{L})(?:(\s+)(\d+)(.*))?$/su.exec(value);
  const name = m?.[1] ?? value;
  const mapKey = `street:${normaliseWord(name)}`;
  let street = key.mappings[mapKey];
  if (!street) {
    const suffix = STREET_SUFFIX.exec(name)?.[1]?.toLowerCase() ?? "straat";
    const pool = [...getLexicon().surrogateFirstNames.f, ...getLexicon().surrogateFirstNames.m];
    let i = hash(key.secret, mapKey) % pool.length;
    do {
      street = `${pool[i % pool.length]}${suffix}`;
      i++;
    } while (
      (used.has(`street:${street}`) ||
        used.has(`orig:${normaliseWord(pool[(i - 1) % pool.length]!)}`) ||
        normaliseWord(street) === normaliseWord(name)) &&
      i < pool.length * 2
    );
    used.add(`street:${street}`);
    key.mappings[mapKey] = street;
  }
  if (!m?.[3]) return street;
  const number = String(1 + (hash(key.secret, `nr:${value}`) % 120));
  return `${street}${m[2]}${number === m[3] ? String(Number(number) + 1) : number}${m[4] ?? ""}`;
}

import type { LocaleTable } from "@verlicht/core";
import type { RockRuleId } from "../lib/messages.js";

/** Nederlandse formulering van elke melding van `@verlicht/rock`. */
export const nl: LocaleTable<RockRuleId> = {
  "unparsed-token": "rock leest token {raw} niet (het past bij geen enkele ROCK-regel); het blijft in de tekst staan",
  "unclosed-token": "Deze [[ wordt nergens met ]] gesloten; rock laat hem in de tekst staan",
  "invalid-code":
    "rock leest token {raw} niet (een code mag alleen A-Z, a-z, 0-9, _ en > bevatten); het blijft in de tekst staan",
  "invalid-class-instance":
    "rock leest token {raw} niet (een klasse-id mag alleen A-Z, a-z, 0-9 en _ bevatten); het blijft in de tekst staan",
  "invalid-code-value":
    "rock leest token {raw} niet (geen enkel codewaarde-patroon past); het blijft in de tekst staan",
  "invalid-network-code":
    "rock leest token {raw} niet (geen enkel netwerkcode-patroon past); het blijft in de tekst staan",
  "uid-read-as-class": "rock leest {raw} als klasse-aanduiding, niet als uid; schrijf [[uid={value}]]",
  "multiple-uids": 'Deze regel heeft {count} uids; rock gebruikt de laatste, "{uid}"',
  "duplicate-uid": 'Uid "{uid}" staat al op regel {firstLine}',
  "duplicate-uid-across-sources": 'Uid "{uid}" staat ook in bron "{firstFile}" (regel {firstLine})',
  "attribute-conflict":
    'Kenmerk "{attribute}" van {className} "{instance}" is elders "{first}" en hier "{second}"; net als rock nemen we het eerste',
  "missing-uid": "{count} gecodeerde of niet-lege uitspraken hebben geen uid en zijn niet te vergelijken",
  "duplicate-class-instance": 'Klasse "{name}" staat twee keer op deze regel; rock neemt de eerste',
  "code-range-suffix": 'rock leest {raw} als code "{code}" gevolgd door het bereik "{range}"',
  "negative-weight-ignored":
    'rock leest "{range}" in {raw} als bereik en niet als gewicht, dus de verbinding krijgt het standaardgewicht; zet het teken in het type (bijvoorbeeld causal_neg)',
  "decimal-weight": "rock 0.9.6 leest {raw} niet (gewicht met decimalen); latere versies van rock wel",
  "non-numeric-weight": 'Het gewicht "{weight}" van {raw} is geen getal en wordt genegeerd',
  "code-value-name-clash": 'De naam van codewaarde "{name}" is ook een code of klasse; rock stopt hierop',
  "inductive-not-under-deductive":
    'Code "{code}" mengt deductieve en inductieve codes, maar niet alle inductieve codes komen na de deductieve; rock stopt hierop',
  "section-break-with-content":
    "Deze regel bevat een sectiescheiding en nog iets anders; rock laat de hele regel weg, inhoud en codes inbegrepen",
  "thread-too-deep": (p) =>
    p.start
      ? "Deze draad begint dieper dan niveau 1; rock stopt hierop"
      : "Deze uitspraak springt meer dan één niveau dieper dan de draad tot nu toe; rock stopt hierop",
  "odd-yaml-delimiter":
    "Deze ---regel heeft geen partner en opent dus geen YAML-blok; rock stopt bij een oneven aantal ---regels",
  "invalid-yaml": "YAML-blok is niet te lezen: {detail}",
  "yaml-too-deep": "YAML-blok is dieper genest dan {max} niveaus en wordt niet gelezen",
  "yaml-alias-limit":
    "De aliassen van dit YAML-blok breiden te ver uit (meer dan {max} kopieën); het wordt niet gelezen",
  "invalid-codebook": "Codeboek: {detail}",
  "invalid-attributes": "ROCK_attributes: {detail}",
  "unknown-parent-code": 'Code "{code}" noemt bovenliggende code "{parent}", maar die bestaat niet',
  "invalid-csv": "{sheet}: {detail}",
  "invalid-project": "_ROCKproject.yml: {detail}",
  "invalid-qdpx": "REFI-QDA-project: {detail}",
  "qdpx-unknown-reference": 'REFI-QDA-project: naar {kind} "{guid}" wordt verwezen, maar het is niet gedefinieerd',
};

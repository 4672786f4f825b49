import type { LocaleTable } from "@verlicht/core";
import type { ReviewStoreRuleId } from "./en.js";

/** Nederlandse teksten van de meldingen van de reviewopslag (logboek, identiteiten, blindering). */
export const nl: LocaleTable<ReviewStoreRuleId> = {
  "log-event-missing": "Gebeurtenis {seq} ontbreekt in het logboek (er zijn gebeurtenissen gewist)",
  "log-event-altered": "Gebeurtenis {seq} is na het schrijven veranderd: de hash past niet meer bij de inhoud",
  "log-chain-broken": "Gebeurtenis {seq} sluit niet aan op de gebeurtenis ervoor: de hashketen is verbroken",
  "log-truncated": "Het logboek houdt op vóór gebeurtenis {seq}: er zijn gebeurtenissen van het eind gewist",
  "log-unsealed": {
    reason: "Het logboek van dit bestand (schemaversie {version}) heeft nog geen hashketen",
    note: "open het één keer zonder readOnly om het te verzegelen",
  },
  "log-protection-restored": "De beschermende trigger {name} ontbrak of was veranderd; hij is hersteld",
  "log-protection-missing": "De beschermende trigger {name} ontbreekt of is veranderd",
  "state-differs": {
    reason: "De tabel {table} wijkt af van wat het logboek opnieuw afspelen oplevert",
    note: "de toestand is buiten de bibliotheek om bewerkt; rebuild() zet hem terug vanuit het logboek",
  },
  "log-ok": "{events} gebeurtenissen, hashketen intact, beschermende triggers aanwezig",
  "broken-log": {
    reason: "{path}: het logboek is verbroken bij gebeurtenis {seq}: {problem}",
    note: "de review is niet geopend; open hem met {readOnly: true} om hem te bekijken, of zet een reservekopie terug",
  },
  "rebuild-refused":
    "het logboek is verbroken bij gebeurtenis {seq}; opnieuw opbouwen zou een vervalst logboek afspelen",
  "read-only": "{path} is alleen-lezen geopend; {action} zou erin schrijven",
  "expected-path": "verwachtte een bestandspad, kreeg {got}",
  "newer-schema":
    "{path} heeft schemaversie {version}, nieuwer dan versie {supported} van deze bibliotheek; werk @verlicht/review bij",
  "unknown-round": "geen ronde {id}; bekend: {known}",
  "unknown-record": "geen record met id {id}",
  "unknown-maybe-pair": "geen twijfelpaar ({a}, {b}); zie maybePairs()",
  "empty-reviewer-id": "verwachtte een niet-lege id voor de beoordelaar",
  "empty-reason-code": "verwachtte een niet-lege code voor de reden",
  "unknown-stage": "geen fase {id}; bekend: {known}",
  "no-round-yet": "de review heeft nog geen zoekronde; roep eerst addRound() aan",
  "round-exists": "er is al een ronde met id {id}; kies een andere id",
  "bad-rule-reviewers": "rule.reviewers moet een positief geheel getal zijn, niet {got}",
  "sign-in-refused": "onbekende beoordelaar of verkeerde toegangscode",
  "reviewer-without-token":
    "{reviewer} heeft nog geen toegangscode; de hoofdonderzoeker geeft er een met addReviewer()",
  "blinded-votes":
    "{reviewer} heeft nog niet gestemd over record {record} bij {stage}; stemmen blijven verborgen tot je zelf stemt",
  "blinded-decision":
    "{reviewer} heeft nog niet gestemd over record {record} bij {stage}; het besluit blijft verborgen tot je zelf stemt",
  "lead-only": "alleen de hoofdonderzoeker (rol owner) mag {action}; {reviewer} is {role}",
  "vote-as-other": "een sessie van {reviewer} kan niet stemmen namens {other}",
  "name-not-identity": "een naam is geen identiteit: geef een sessie van review.signIn(naam, code) in plaats van {as}",
};

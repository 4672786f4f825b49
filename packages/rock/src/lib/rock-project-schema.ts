import { z } from "zod";

/** A version written as a string or a number (`"1.0"` in folders, `1` in rock's own ZIP). */
const Version = z.union([z.string(), z.number()]).transform(String).nullish();
const Text = z.union([z.string(), z.number(), z.boolean()]).transform(String).nullish();
const Regex = z.string().nullish();

/** The `project` block of `_ROCKproject.yml` (rock's ROCKproject format 1.0). */
export const RockProjectInfoSchema = z.looseObject({
  title: Text,
  authors: Text,
  authorIds: z
    .array(
      z.looseObject({
        display_name: Text,
        orcid: z
          .string()
          .regex(/^([0-9]{4}-){3}[0-9]{3}[0-9X]$/, "an ORCID is four groups of four digits, e.g. 0000-0002-1825-0097")
          .nullish(),
        shorcid: z
          .string()
          .regex(/^[0-9a-zA-Z]+$/, "a ShORCID holds only letters and digits")
          .nullish(),
      }),
    )
    .nullish(),
  version: Version,
  ROCK_version: Version,
  ROCK_project_version: Version,
  date_created: Text,
  date_modified: Text,
});

/** The `sources` block: which files of the project are ROCK sources. */
export const RockProjectSourcesSchema = z.looseObject({
  extension: z.string().nullish(),
  regex: Regex,
  dirsToIncludeRegex: Regex,
  recursive: z.boolean().nullish(),
  dirsToExcludeRegex: Regex,
  filesToIncludeRegex: Regex,
  filesToExcludeRegex: Regex,
});

/** `_ROCKproject.yml`: `{_ROCKproject: {project, codebook, sources, workflow}}`. */
export const RockProjectConfigSchema = z.object({
  _ROCKproject: z.looseObject({
    project: RockProjectInfoSchema,
    codebook: z.looseObject({ urcid: Text, embedded: z.unknown(), local: Text }).nullish(),
    sources: RockProjectSourcesSchema.nullish(),
    workflow: z
      .looseObject({
        pipeline: z.array(z.looseObject({ stage: Text, dirName: Text })).nullish(),
        actions: z.array(z.looseObject({ actionId: Text, language: Text, script: Text })).nullish(),
      })
      .nullish(),
  }),
});

/** A validated `_ROCKproject.yml`. */
export type RockProjectConfig = z.infer<typeof RockProjectConfigSchema>;

// natural 8.1.1 ships this file without typings; only the deep import is used (see toolchain.md §5).
declare module "natural/lib/natural/util/stopwords.js" {
  export const words: string[];
}

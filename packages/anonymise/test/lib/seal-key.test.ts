import { describe, expect, it } from "vitest";
import { createKey, openKey, PBKDF2_ITERATIONS, sealKey } from "../../src/index.js";

describe("sealKey / openKey", () => {
  it("should round-trip a key with AES-256-GCM and a PBKDF2 of at least 600,000 iterations", async () => {
    const key = createKey();
    key.mappings["first:sanne"] = "Femke";
    const sealed = await sealKey(key, "een lange geheime zin");
    expect(sealed.cipher).toBe("AES-256-GCM");
    expect(sealed.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    expect(JSON.stringify(sealed)).not.toContain("sanne");
    expect(await openKey(sealed, "een lange geheime zin")).toEqual(key);
  }, 60_000);

  it("should refuse a wrong passphrase", async () => {
    const sealed = await sealKey(createKey(), "een lange geheime zin");
    await expect(openKey(sealed, "een andere zin")).rejects.toMatchObject({ code: "usage" });
  }, 60_000);

  it("should refuse a short passphrase", async () => {
    await expect(sealKey(createKey(), "kort")).rejects.toMatchObject({ code: "invalid-arguments" });
  });
});

import { db } from "~/utils/db.server";
import { person } from "./company-fixtures";

/** An organiser with its team: the first person owns it; one member per locale given. */
export async function organiserWithTeam(
  name: string,
  { verified = true, locales = ["de"] as string[], town = "Hannover" } = {},
) {
  const organiser = await db().organiser.create({
    data: {
      name,
      kind: "TWINNING",
      town,
      country: "DE",
      verified,
      reviewRequestedAt: new Date(Date.UTC(2026, 10, 2, 9)),
      reviewedAt: verified ? new Date(Date.UTC(2026, 10, 2, 10)) : null,
    },
  });
  const slug = name.toLowerCase().replace(/[^a-z]+/g, "-");
  const members = [];
  for (const [index, locale] of locales.entries()) {
    const user = await person(`${slug}-${index}@example.org`, "ORGANISER_MEMBER", {
      locale,
      displayName: `${name} ${index}`,
    });
    await db().organiserMember.create({ data: { organiserId: organiser.id, userId: user.id, isOwner: index === 0 } });
    members.push(user);
  }
  return { ...organiser, members };
}

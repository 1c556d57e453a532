// A member card as pasted from another machine (the JSON of members.card). Only the three fields the
// roster needs are passed on; the backend validates them again and derives the fingerprint itself.
interface MemberCardInput {
  name: string;
  role: string;
  publicKeyPem: string;
}

export function parseMemberCard(text: string): MemberCardInput {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('The member card is not JSON: paste the whole text that "Copy my member card" gave.');
  }
  const card = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const { name, role, publicKeyPem } = card;
  if (typeof name !== 'string' || typeof role !== 'string' || typeof publicKeyPem !== 'string')
    throw new Error('The member card needs a name, a role and a publicKeyPem (text).');
  return { name, role, publicKeyPem };
}

/**
 * People with their roles as `PeopleList.astro` prints them: grouped by role in the order given
 * ("Moderator: …", "Panelists: …"), a person linked only if they have a page (remarks).
 */
import type { SpeakerInput } from '../event-model';
import { hasPage, roleLabel, speakerLabel, type EventIndex } from '../remark-index';
import { hrefs } from '../urls';

/** One role's people: the role's label (plural for several) and each person's name, link and affiliation. */
export interface PeopleGroup {
  label: string;
  people: Array<{ label: string; href?: string | undefined; affiliation?: string | undefined }>;
}

/**
 * Groups people by role, in the order each role first appears.
 * @example peopleGroups(index, [{ person: ada, role: 'panelist' }, { person: ben, role: 'panelist' }])
 *   // [{ label: 'Panelists', people: [{ label: 'Dr. Ada Al', href: '/speakers/ada/' }, …] }]
 */
export function peopleGroups(index: EventIndex, people: Array<{ person: SpeakerInput; role: string }>): PeopleGroup[] {
  const groups = new Map<string, SpeakerInput[]>();
  for (const { person, role } of people) groups.set(role, [...(groups.get(role) ?? []), person]);
  return [...groups].map(([role, persons]) => ({
    label: roleLabel(index, role, persons.length > 1),
    people: persons.map((p) => ({
      label: speakerLabel(p),
      href: hasPage(index, p.id) ? hrefs.speaker(p.id) : undefined,
      affiliation: p.affiliation,
    })),
  }));
}

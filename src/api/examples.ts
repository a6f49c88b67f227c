/** The queries GraphiQL opens with, and the README shows: each a real question of the graph. */
export const EXAMPLE_QUERIES: Array<{ name: string; query: string; variables?: Record<string, unknown> }> = [
  {
    name: 'Meetings with their chairs and evidence',
    query: `# The latest meetings, who chaired them, and the sentence each chair was read from.
query LatestMeetings {
  meetings(first: 5, orderBy: DATE_DESC, filter: { status: HELD }) {
    totalCount
    nodes {
      name
      date
      cityName
      chairs {
        person { name titles }
        evidence { sentence rule confidence document { source publishedAt } }
      }
      approved { plan { title } }
    }
  }
}`,
  },
  {
    name: 'Who attended most meetings',
    query: `# Who took part in most meetings in a city (add from/to for a period).
query MostActive($city: String) {
  people(first: 10, orderBy: MEETING_COUNT, filter: { meetings: { city: $city } }) {
    edges { meetingCount node { name titles city { fullName } } }
  }
}`,
    variables: { city: null },
  },
  {
    name: 'Search, a person, their co-attendees',
    query: `# Find people by part of a name, then whom they meet most.
query Person($q: String = "市长") {
  search(query: $q, first: 5) { label text rank node { id } }
  people(first: 1, orderBy: MEETING_COUNT) {
    nodes {
      name
      tenures { title organisation firstSeen lastSeen }
      coAttendees(first: 5) { sharedMeetings person { name } }
    }
  }
}`,
  },
];

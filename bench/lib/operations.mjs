// The operations every gateway runs, from the cheapest plan to the largest one. Each names the fetches a
// federated plan needs for it on the committed supergraph, so a reader knows what a number measures.

export const OPERATIONS = [
  {
    name: 'root-only',
    plan: '1 fetch (actors)',
    query: `query RootOnly {
  actors(first: 20) {
    totalCount
    edges { cursor node { id name kind country aliases } }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
  {
    name: 'two-subgraphs',
    plan: 'events -> actors (20 events, 60 participants)',
    query: `query TimelineWithParticipants {
  timeline(first: 20) {
    edges {
      node {
        id title date type
        participants { role actor { id name kind } }
      }
    }
  }
}`,
  },
  {
    name: 'three-steps',
    plan: 'events -> actors + reactions -> events',
    query: `query TimelineParticipantReactions {
  timeline(first: 10) {
    edges {
      node {
        id title
        participants {
          role
          actor {
            name
            reactions { kind stance summary event { title } }
          }
        }
      }
    }
  }
}`,
  },
  {
    name: 'many-entities',
    plan: 'events -> actors + reactions -> actors (100 events, 300 participants, 200 reactions)',
    query: `query ManyEntities {
  timeline(first: 100) {
    edges {
      node {
        id title
        participants { actor { id name country } }
        reactions { stance actor { name } }
      }
    }
  }
}`,
  },
];

// The four requests of the serving benchmark, as a dashboard or an analyst sends them. The GraphQL server
// and the bare handler (bench/bare-server.ts) receive the same POST bodies and must return the same JSON.

const EVIDENCE = 'stance quote start end attribution weight source { id key title outlet reliability }';
/** Every field of a fact's explanation, in the order the bare handler writes them. */
export const EXPLANATION_FIELDS = ['independentSupporters', 'copiesDiscounted', 'supportingMass', 'closeSupport', 'contradictingSources', 'contradictingMass', 'hedgedSupporters', 'secondHandSupporters', 'reliabilities', 'summary'] as const;
const EXPLANATION = EXPLANATION_FIELDS.map((f) => (f === 'reliabilities' ? 'reliabilities { sourceKey reliability }' : f)).join(' ');
const FACT = `id statement kind confidence status supporterCount supporting { ${EVIDENCE} } contradicting { ${EVIDENCE} } dispute { id question }`;

export interface ServeQuery {
  /** Name in tables and in latest.json. */
  name: string;
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The page size of the facts query: a dashboard's page, each fact with its nested evidence and sources. */
export const FACTS_PAGE_SIZE = 20;

export function serveQueries(topFactGlobalId: string, claimText: string): ServeQuery[] {
  return [
    {
      name: `facts page (${FACTS_PAGE_SIZE}, nested evidence + sources)`,
      operationName: 'FactsPage',
      query: `query FactsPage($first: Int!, $after: String) { facts(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${FACT} } } } }`,
      variables: { first: FACTS_PAGE_SIZE, after: null },
    },
    {
      name: 'fact by id',
      operationName: 'FactById',
      query: `query FactById($id: ID!) { fact(id: $id) { ${FACT} confidenceExplanation { ${EXPLANATION} } } }`,
      variables: { id: topFactGlobalId },
    },
    {
      name: 'assessClaim (short claim)',
      operationName: 'Assess',
      query: `query Assess($text: String!) { assessClaim(text: $text) { text verdict confidence matches { id statement confidence status } supporting { ${EVIDENCE} } contradicting { ${EVIDENCE} } mentioning { stance quote start end weight source { id key } } } }`,
      variables: { text: claimText },
    },
    {
      name: 'stats',
      operationName: 'Stats',
      query: 'query Stats { stats { sources claims facts disputes entities confidenceHistogram { lower upper count } build { pipelineVersion startedAt finishedAt inputs { path sha256 } } } }',
      variables: {},
    },
  ];
}

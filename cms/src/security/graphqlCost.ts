// Payload's own copy of graphql: the schema's types and errors must come from the same module as
// the checks (`instanceof`), and a bundler may load `graphql` twice (CommonJS and ESM).
import { GraphQL } from '@payloadcms/graphql/types'
import type {
  ExecutionArgs,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLCompositeType,
  GraphQLField,
  SelectionSetNode,
  ValidationRule,
  ValidationContext,
  ValueNode,
} from 'graphql'

const { GraphQLError, getNamedType, getNullableType, isCompositeType } = GraphQL
const { isInterfaceType, isListType, isObjectType } = GraphQL
const { Kind } = GraphQL

/**
 * What one GraphQL request may ask for, counted before anything runs. Payload's own complexity
 * estimate counts a field once, however many aliases repeat it or documents it is read from: 333
 * aliases of a list query passed and took 30 s. Here every field is counted where it appears (so
 * every alias counts), multiplied by how many documents it may be read from, and rich text (JSON)
 * weighs as much as a paragraph tree does.
 */
export const graphqlLimits = {
  /** Cost of one operation; a page of ten leaflets with their bodies costs about 400. */
  maxCost: 3000,
  /** Top-level fields (aliases included) in one operation. */
  maxRootFields: 10,
  /** Sign-in, password and unlock mutations in one request: one, so each is a rate-limited attempt. */
  maxAuthMutations: 1,
  maxDepth: 12,
  /** A rich text or JSON value. */
  richTextCost: 20,
  /** A list query without `limit` reads Payload's default page of 10; with `limit: 0`, up to everything. */
  defaultPage: 10,
  maxPage: 100,
  /** An array or has-many field of unknown length. */
  arrayFactor: 5,
}

const authMutation = /^(login|forgotPassword|resetPassword|unlock|verifyEmail|refreshToken)[A-Z]/

function argumentValue(node: ValueNode | undefined, variables: Record<string, unknown> | undefined): unknown {
  if (!node) return undefined
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value]
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.BOOLEAN) return node.value
  return undefined
}

interface Walk {
  fragments: Map<string, FragmentDefinitionNode>
  variables: Record<string, unknown> | undefined
  context: ValidationContext
}

/** How many documents a field with `limit`/`pagination` arguments may read. */
function pageSize(
  field: GraphQLField<unknown, unknown>,
  args: Map<string, ValueNode>,
  walk: Walk,
): number | undefined {
  if (!field.args.some((arg) => arg.name === 'limit')) return undefined
  if (argumentValue(args.get('pagination'), walk.variables) === false) return graphqlLimits.maxPage
  const limit = argumentValue(args.get('limit'), walk.variables)
  if (limit === undefined || limit === null) return graphqlLimits.defaultPage
  if (typeof limit !== 'number' || limit <= 0) return graphqlLimits.maxPage
  return Math.min(limit, graphqlLimits.maxPage)
}

function selectionCost(
  set: SelectionSetNode,
  parent: GraphQLCompositeType,
  walk: Walk,
  depth: number,
  paged: boolean,
): number {
  if (depth > graphqlLimits.maxDepth) return Number.POSITIVE_INFINITY
  let cost = 0
  for (const selection of set.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments.get(selection.name.value)
      const type = fragment && walk.context.getSchema().getType(fragment.typeCondition.name.value)
      if (fragment && type && isCompositeType(type)) {
        cost += selectionCost(fragment.selectionSet, type, walk, depth + 1, paged)
      }
      continue
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition?.name.value
      const type = condition ? walk.context.getSchema().getType(condition) : parent
      if (type && isCompositeType(type)) {
        cost += selectionCost(selection.selectionSet, type, walk, depth + 1, paged)
      }
      continue
    }
    const name = selection.name.value
    const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined
    if (!field) {
      cost += 1 // __typename, introspection, or an unknown field (another rule reports it)
      continue
    }
    const named = getNamedType(field.type)
    const own = named.name === 'JSON' || named.name === 'JSONObject' ? graphqlLimits.richTextCost : 1
    const args = new Map((selection.arguments ?? []).map((arg) => [arg.name.value, arg.value]))
    const page = pageSize(field, args, walk)
    // The `docs` of a paginated result are the page already counted on the query field.
    const isList = isListType(getNullableType(field.type))
    const factor = page ?? (isList && !(paged && name === 'docs') ? graphqlLimits.arrayFactor : 1)
    const children =
      selection.selectionSet && isCompositeType(named)
        ? selectionCost(selection.selectionSet, named, walk, depth + 1, page !== undefined)
        : 0
    cost += own + factor * children
  }
  return cost
}

/** The top-level fields of a selection, through fragments (an attacker may hide aliases in one). */
function rootFieldsOf(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  depth = 0,
): FieldNode[] {
  if (depth > graphqlLimits.maxDepth) return []
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection]
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      return rootFieldsOf(selection.selectionSet, fragments, depth + 1)
    }
    const fragment = fragments.get(selection.name.value)
    return fragment ? rootFieldsOf(fragment.selectionSet, fragments, depth + 1) : []
  })
}

/** The validation rule; Payload passes each request's execution arguments (for variables). */
export function graphqlCostRule(execution: ExecutionArgs): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const document = context.getDocument()
      const fragments = new Map(
        document.definitions
          .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
          .map((d) => [d.name.value, d]),
      )
      const schema = context.getSchema()
      const roots = {
        query: schema.getQueryType(),
        mutation: schema.getMutationType(),
        subscription: schema.getSubscriptionType(),
      }
      const root = roots[operation.operation]
      if (!root) return
      const rootFields = rootFieldsOf(operation.selectionSet, fragments)
      if (rootFields.length > graphqlLimits.maxRootFields) {
        const message =
          `This request asks for ${rootFields.length} top-level fields; ` +
          `at most ${graphqlLimits.maxRootFields} are allowed.`
        context.reportError(new GraphQLError(message, { nodes: operation }))
        return
      }
      const auth = rootFields.filter((field) => authMutation.test(field.name.value)).length
      if (auth > graphqlLimits.maxAuthMutations) {
        const message = `At most ${graphqlLimits.maxAuthMutations} sign-in or password operation is allowed per request.`
        context.reportError(new GraphQLError(message, { nodes: operation }))
        return
      }
      const walk = { fragments, variables: execution.variableValues ?? undefined, context }
      const cost = selectionCost(operation.selectionSet, root, walk, 0, false)
      if (cost > graphqlLimits.maxCost) {
        const deep = `is nested deeper than ${graphqlLimits.maxDepth} levels`
        const what = Number.isFinite(cost) ? `costs ${cost}` : deep
        const message = `This request ${what}; the limit is ${graphqlLimits.maxCost}. Ask for fewer documents or fields.`
        context.reportError(new GraphQLError(message, { nodes: operation }))
      }
    },
  })
}

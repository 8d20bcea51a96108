// The shape of the tables a language folder gives this stage (see src/lang/az/).
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface EventTables {}

// The prefix of a user rule's name: `user:` + its selector (the panel lists it as 我的规则). Apart from
// user-matchers.ts so that the panel can tell a user rule without loading the picker's half.
export const USER_PREFIX = 'user:';

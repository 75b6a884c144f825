package attribution

// Version names what Analyze returns for a given text. Analyses are cached
// (articles' store) under the text's hash and this version, so a cached
// analysis is used only by the engine that made it: bump it with any change
// that can alter statements, speakers, kinds, genders or explanations.
const Version = "2025-12-04.1"

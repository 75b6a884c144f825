package attribution

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"sort"
	"strings"
	"sync"
)

// Release names the engine for people; bump it with a change worth
// naming. The cache key (Version) changes with any change to the engine's
// files anyway.
const Release = "2025-12-04"

// source is the engine's own files, code and the confidence model's
// weights (tests are embedded too but not hashed): what Analyze returns for
// a text depends on nothing else.
//
//go:embed *.go *.json
var source embed.FS

// Version names what Analyze returns for a given text: Release and a hash
// of the engine's files. Analyses are cached under the text's hash and this
// version, so an edited engine (rules, tables, weights) never meets an
// analysis made by another.
var Version = sync.OnceValue(func() string {
	names, _ := fs.Glob(source, "*.go")
	data, _ := fs.Glob(source, "*.json")
	names = append(names, data...)
	sort.Strings(names)
	h := sha256.New()
	for _, n := range names {
		if strings.HasSuffix(n, "_test.go") {
			continue
		}
		b, _ := source.ReadFile(n)
		h.Write([]byte(n))
		h.Write(b)
	}
	return Release + "+" + hex.EncodeToString(h.Sum(nil))[:12]
})

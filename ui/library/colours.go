package library

import (
	"hash/fnv"

	"whosaid/model/collection"
)

// colours gives each entity one of n palette colours, the same in every
// article of the library and on every run: each prefers the colour its key
// hashes to, and takes the next one free when a more quoted speaker sharing
// an article with it has that colour already (with more speakers in an
// article than colours, some share; the gutter names them anyway).
func colours(c *collection.Collection, n int) []int {
	out := make([]int, len(c.Entities))
	if n <= 0 {
		return out
	}
	used := make([]uint64, len(c.Of)) // per article, colours taken
	for e, ent := range c.Entities {
		var taken uint64
		for _, r := range c.Members[e] {
			taken |= used[r.Article]
		}
		pref := int(hashOf(ent.Key) % uint32(n))
		k := pref
		for step := range min(n, 64) {
			if c := (pref + step) % n; taken&(1<<c) == 0 {
				k = c
				break
			}
		}
		out[e] = k
		for _, r := range c.Members[e] {
			used[r.Article] |= 1 << k
		}
	}
	return out
}

func hashOf(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

// voicesOf is the colour of each speaker of article a, for the reader.
func voicesOf(c *collection.Collection, cols []int, a int) []int {
	if c == nil || a >= len(c.Of) || c.Of[a] == nil {
		return nil
	}
	out := make([]int, len(c.Of[a]))
	for s, e := range c.Of[a] {
		out[s] = cols[e]
	}
	return out
}

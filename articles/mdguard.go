package articles

import "strings"

// goldmark, like most CommonMark parsers, takes quadratic or worse time on
// some inputs: long runs of link brackets, emphasis markers or backticks in
// one paragraph, or containers nested thousands deep. Such text is not an
// article, so rather than risk a hang SplitMarkdown reads it as plain text.
// The guard is a linear scan that estimates the parser's work.

const (
	// mdMaxSize: larger Markdown files are read as plain text.
	mdMaxSize = 16 << 20
	// mdMaxNesting is the longest run of container markers (indentation,
	// '>', list bullets) a line may start with.
	mdMaxNesting = 64
	// mdMaxBlockCost caps markup characters times length for one block
	// (text between blank lines); mdCostPerByte caps it on average.
	mdMaxBlockCost = 1 << 24
	mdCostPerByte  = 128
)

// markupByte marks the characters that make goldmark's inline parser work.
var markupByte = [256]bool{
	'[': true, ']': true, '(': true, ')': true, '<': true, '>': true, '`': true,
	'*': true, '_': true, '!': true, '~': true, '\\': true, '|': true,
}

// mdTooComplex reports whether goldmark might take too long on src.
func mdTooComplex(src string) bool {
	if len(src) > mdMaxSize {
		return true
	}
	budget := mdMaxBlockCost + mdCostPerByte*int64(len(src))
	var total, blockLen, blockMarks int64
	endBlock := func() bool {
		cost := blockLen * blockMarks
		total += cost
		blockLen, blockMarks = 0, 0
		return cost > mdMaxBlockCost
	}
	for len(src) > 0 {
		line := src
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = ""
		}
		if isBlank(line) {
			if endBlock() {
				return true
			}
			continue
		}
		if nestingPrefix(line) > mdMaxNesting {
			return true
		}
		blockLen += int64(len(line)) + 1
		for i := 0; i < len(line); i++ {
			if markupByte[line[i]] {
				blockMarks++
			}
		}
	}
	if endBlock() {
		return true
	}
	return total > budget
}

// nestingPrefix returns the length of the run of container markers a line
// starts with: white space, '>', and list bullets or numbers followed by a
// space.
func nestingPrefix(line string) int {
	i := 0
	for i < len(line) {
		switch c := line[i]; {
		case c == ' ' || c == '\t' || c == '>':
			i++
		case (c == '-' || c == '*' || c == '+') && i+1 < len(line) && line[i+1] == ' ':
			i += 2
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 < len(line) && (line[j] == '.' || line[j] == ')') && line[j+1] == ' ' {
				i = j + 2
				continue
			}
			return i
		default:
			return i
		}
	}
	return i
}

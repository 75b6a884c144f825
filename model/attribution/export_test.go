package attribution

// What the tests in package attribution_test reach inside the engine for:
// the quotation scanner on its own, a hook that makes a paragraph fault,
// and the switch of the memo of parsed names.

// Span is one quotation the scanner found.
type Span = span

// ScanQuotes finds the quotations in one paragraph's text.
var ScanQuotes = scanQuotes

// SetFaultHook makes f run before each paragraph's rules; the function it
// returns takes the hook away again.
func SetFaultHook(f func(paragraph int)) (restore func()) {
	faultHook = f
	return func() { faultHook = nil }
}

// SetMentionMemo turns the paragraph's memo of parsed names on or off.
func SetMentionMemo(on bool) { noMentionMemo = !on }

// MixedInitials reads initials that print a small word in lower case.
var MixedInitials = mixedInitials

package attribution

import (
	"sort"

	"whosaid/model"
)

// context is what the confidence model reads of a statement's paragraph
// as the statement is emitted, while the paragraph's tokens and mentions
// are at hand: whether another person the speaker's pronoun could name is
// near, and whether a reported sentence holds a second attribution.
type context uint8

const (
	cxSameGender context = 1 << iota // another person of the speaker's gender is named in this paragraph or the one before
	cxCueInside                      // reported words holding a second cue: "…, while Cruz said …"
	cxOtherCue                       // and someone else named as that cue's subject
)

// noteContext sets w.ctx for statement st of paragraph pc, said by e.
func (an *analyzer) noteContext(pc *pctx, st *model.Statement, e *entity, w *why) {
	if e == nil {
		return
	}
	if e.gender != unknownGender && an.sameGenderNear(pc, e) {
		w.ctx |= cxSameGender
	}
	if st.Kind == model.KindReported {
		w.ctx |= pc.secondCue(st.Start, st.End, e)
	}
}

// sameGenderNear reports another person of e's gender named in the
// paragraph or the one before.
func (an *analyzer) sameGenderNear(pc *pctx, e *entity) bool {
	rival := func(o *entity) bool { return o != e && o.gender == e.gender && !o.org && !o.group }
	for _, m := range pc.nearMentions(-1) {
		if rival(m.e) {
			return true
		}
	}
	for k := len(an.mentioned) - 1; k >= 0 && an.mentionedAt[k] >= pc.p.num-1; k-- {
		if rival(an.mentioned[k]) {
			return true
		}
	}
	return false
}

// secondCue tells whether the reported words in [start, end) hold more
// than one cue, and whether someone other than e is named as the subject
// of one: then the sentence reports two people, and the words may be the
// other's.
func (pc *pctx) secondCue(start, end int, e *entity) context {
	toks := pc.toks
	i := sort.Search(len(toks), func(k int) bool { return int(toks[k].start) >= start })
	var c context
	cues := 0
	for k := i; k < len(toks) && int(toks[k].start) < end && k < i+window*2; k++ {
		if toks[k].kind == tWord && toks[k].flags&wCue != 0 && pc.isCue(k) {
			cues++
			if o := pc.cueSubjectNear(k, i); o != nil && o != e {
				c |= cxOtherCue
			}
		}
	}
	if cues > 1 {
		c |= cxCueInside
	}
	return c
}

// cueSubjectNear is who is named right before the cue at k (from token
// from on), or nil. It reads only the words next to the cue, as a check on
// the rules, not as they do.
func (pc *pctx) cueSubjectNear(k, from int) *entity {
	j := k - 1
	for j >= from && j > k-4 && pc.toks[j].kind == tWord && (pc.toks[j].is(mAuxBeforeCue) || isAdverb(pc.toks[j].low) && !pc.toks[j].cap) {
		j-- // "Cruz has said", "Cruz later said"
	}
	if j < from || pc.toks[j].kind != tWord || !pc.toks[j].cap {
		return nil
	}
	for j > from && pc.toks[j-1].kind == tWord && pc.toks[j-1].cap && !pc.toks[j-1].sentStart {
		j-- // to the name's first word
	}
	for _, m := range pc.nearMentions(k) {
		if m.tok >= j && m.tok < k {
			return m.e
		}
	}
	return nil
}

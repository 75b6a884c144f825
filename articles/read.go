package articles

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
	"whosaid/internal/ascii"
)

// sniffSize is how much is read before deciding a source is not text, so
// that /dev/zero or a large binary fails fast instead of being read whole.
const sniffSize = 64 << 10

// readText reads all of r, at most limit bytes, and checks that it is UTF-8
// text. size is the expected length (0 when unknown). name is used in errors.
func readText(name string, r io.Reader, size, limit int64) ([]byte, error) {
	capHint := sniffSize
	if size > 0 && size < limit {
		capHint = int(size) + 1 // +1 so reading to EOF needs no regrowth
	}
	buf := make([]byte, 0, capHint)
	sniffed := false
	checked := -1 // how many bytes the sniff found to be text
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		room := cap(buf) - len(buf)
		if over := int64(len(buf)) + int64(room) - (limit + 1); over > 0 {
			room -= int(over) // never hold more than limit+1 bytes
		}
		n, err := r.Read(buf[len(buf) : len(buf)+room])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > limit {
			return nil, fmt.Errorf("%s is too large: over the %s limit", name, sizeText(limit))
		}
		if !sniffed && (len(buf) >= sniffSize || err != nil) {
			sniffed = true
			if err := checkBinary(name, buf[:min(len(buf), sniffSize)]); err != nil {
				return nil, err
			}
			checked = min(len(buf), sniffSize)
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", name, err)
		}
	}
	if checked == len(buf) {
		// the sniff saw it all (most articles are under 64 KB): only the
		// UTF-8 check is left
		if err := checkUTF8(name, buf); err != nil {
			return nil, err
		}
		return buf, nil
	}
	if err := checkText(name, buf); err != nil {
		return nil, err
	}
	return buf, nil
}

// checkText returns an error when b is not UTF-8 text: see checkBinary, or
// invalid UTF-8.
func checkText(name string, b []byte) error {
	if err := checkBinary(name, b); err != nil {
		return err
	}
	return checkUTF8(name, b)
}

func checkUTF8(name string, b []byte) error {
	if !utf8.Valid(b) {
		return fmt.Errorf("%s is not valid UTF-8 (first bad byte at offset %d); convert it to UTF-8 first",
			name, invalidAt(b))
	}
	return nil
}

// checkBinary returns an error when b does not look like text: NUL bytes, a
// large share of control bytes, or a UTF-16 byte order mark.
func checkBinary(name string, b []byte) error {
	if bytes.HasPrefix(b, []byte{0xff, 0xfe}) || bytes.HasPrefix(b, []byte{0xfe, 0xff}) {
		return fmt.Errorf("%s is UTF-16 text; convert it to UTF-8 first", name)
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return fmt.Errorf("%s is a binary file, not text (NUL byte at offset %d)", name, i)
	}
	if n := controlBytes(b); n >= 8 && n*10 > len(b) {
		return fmt.Errorf("%s is a binary file, not text (%d%% control bytes)", name, n*100/len(b))
	}
	return nil
}

// controlBytes counts the bytes text files do not hold: C0 controls other
// than tab, line breaks, form feed and ESC (escape sequences occur in
// captured terminal output and are sanitized later), and DEL.
func controlBytes(b []byte) int {
	n, i := 0, 0
	for ; i+8 <= len(b); i += 8 {
		if !ascii.NoControl(ascii.LoadBytes(b, i)) {
			for _, c := range b[i : i+8] {
				n += int(controlByte[c])
			}
		}
	}
	for _, c := range b[i:] {
		n += int(controlByte[c])
	}
	return n
}

// controlByte is 1 for the bytes controlBytes counts.
var controlByte = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b || c == 0x7f {
			t[c] = 1
		}
	}
	return t
}()

// invalidAt returns the offset of the first byte of b that is not valid UTF-8.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// tooBig is the error for a source over the size cap.
func tooBig(name string, size, limit int64) error {
	return fmt.Errorf("%s is too large: %s, over the %s limit", name, sizeText(size), sizeText(limit))
}

// sizeText writes a byte count for people: 512 MiB, 1.5 GiB, 900 KiB, 12 bytes.
func sizeText(n int64) string {
	units := []string{"bytes", "KiB", "MiB", "GiB", "TiB"}
	f, u := float64(n), 0
	for f >= 1024 && u < len(units)-1 {
		f /= 1024
		u++
	}
	if u == 0 {
		return fmt.Sprintf("%d bytes", n)
	}
	if f == float64(int64(f)) {
		return fmt.Sprintf("%d %s", int64(f), units[u])
	}
	return fmt.Sprintf("%.1f %s", f, units[u])
}

//go:build !unix

package articles

import "os"

// openFile opens path for reading (see openfile_unix.go).
func openFile(path string) (*os.File, error) { return os.Open(path) }

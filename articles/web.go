package articles

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"whosaid/model"
)

// UserAgent is sent with every request, so site owners know who is asking.
const UserAgent = "whosaid/0.1 (+terminal news reader)"

// Defaults for FetchOptions fields left at zero.
const (
	DefaultTimeout      = 20 * time.Second
	DefaultMaxBytes     = 10 << 20
	DefaultMaxRedirects = 5
)

// Stage says what a fetch is busy with, for a spinner.
type Stage int

const (
	StageConnecting Stage = iota
	StageDownloading
	StageExtracting
)

// Progress is one report from a fetch in progress.
type Progress struct {
	Stage Stage
	Host  string
	Bytes int64 // bytes received so far, while downloading
}

// String is what a spinner shows beside itself.
func (p Progress) String() string {
	switch p.Stage {
	case StageConnecting:
		return "connecting to " + p.Host
	case StageDownloading:
		return fmt.Sprintf("downloading %d kB", p.Bytes/1000)
	default:
		return "extracting the article"
	}
}

// FetchOptions tune a fetch; the zero value uses the defaults.
type FetchOptions struct {
	Timeout      time.Duration // whole request, connect to last byte
	MaxBytes     int64
	MaxRedirects int
	Progress     func(Progress) // called from the fetching goroutine; may be nil
	// Transport replaces the default one (tests trust a TLS test server
	// through it).
	Transport http.RoundTripper
	// Cache keeps fetched articles so they open again offline; nil for none.
	Cache PageCache
	// Refresh fetches anew even when a cached copy exists.
	Refresh bool
}

// PageCache keeps the articles fetched from URLs, by the URL asked for.
type PageCache interface {
	CachedPage(url string) (doc model.Document, ok bool, err error)
	CachePage(url string, doc model.Document) error
}

func (o FetchOptions) withDefaults() FetchOptions {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	return o
}

func (o FetchOptions) report(p Progress) {
	if o.Progress != nil {
		o.Progress(p)
	}
}

// Page is a fetched response body with what is needed to read it.
type Page struct {
	URL         string // after redirects
	ContentType string // media type only, lower case
	Charset     string // from the Content-Type header, may be empty
	Body        []byte
}

// IsURL tells whether a source names a URL rather than a file.
func IsURL(source string) bool {
	i := strings.Index(source, "://")
	if i <= 0 {
		return false
	}
	for _, r := range source[:i] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.') {
			return false
		}
	}
	return true
}

// checkURL parses a URL and refuses any scheme but http and https.
func checkURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("bad URL %q: %w", raw, err)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
	default:
		return nil, fmt.Errorf("unsupported URL scheme %s: only http and https", u.Scheme)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("bad URL %q: no host", raw)
	}
	return u, nil
}

// Accept says which content types a fetch takes, and how to name them.
type Accept struct {
	Type func(mediaType string) bool
	What string // "HTML or text"
}

// Pages accepts web pages and plain text; Feeds accepts feeds.
var (
	Pages = Accept{isPageType, "HTML or text"}
	Feeds = Accept{isFeedType, "a feed"}
)

// Fetch downloads a URL whose content type accept takes, within the
// options' time, size and redirect limits. Errors are one line and name the
// URL.
func Fetch(ctx context.Context, raw string, opts FetchOptions, accept Accept) (Page, error) {
	opts = opts.withDefaults()
	u, err := checkURL(raw)
	if err != nil {
		return Page{}, err
	}
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Page{}, fmt.Errorf("fetching %s: %w", raw, err)
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
	opts.report(Progress{Stage: StageConnecting, Host: u.Host})
	resp, err := newClient(opts).Do(req)
	if err != nil {
		return Page{}, fetchError(ctx, raw, opts, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return Page{}, fmt.Errorf("fetching %s: %s", raw, statusText(resp))
	}
	page := Page{URL: resp.Request.URL.String()}
	page.ContentType, page.Charset = mediaType(resp.Header.Get("Content-Type"))
	if page.ContentType != "" && !accept.Type(page.ContentType) {
		return Page{}, typeError(raw, page.ContentType, accept)
	}
	if resp.ContentLength > opts.MaxBytes {
		return Page{}, fmt.Errorf("fetching %s: page is larger than the %s limit", raw, sizeText(opts.MaxBytes))
	}
	page.Body, err = readCapped(resp.Body, opts)
	if err != nil {
		return Page{}, fetchError(ctx, raw, opts, err)
	}
	if page.ContentType == "" {
		page.ContentType, _ = mediaType(http.DetectContentType(page.Body))
		if !accept.Type(page.ContentType) {
			return Page{}, typeError(raw, page.ContentType, accept)
		}
	}
	return page, nil
}

func newClient(opts FetchOptions) *http.Client {
	tr := opts.Transport
	if tr == nil {
		dialer := &net.Dialer{Timeout: min(opts.Timeout, 10*time.Second)}
		tr = &http.Transport{
			Proxy:               http.ProxyFromEnvironment,
			DialContext:         dialer.DialContext,
			TLSHandshakeTimeout: min(opts.Timeout, 10*time.Second),
			ForceAttemptHTTP2:   true,
		}
	}
	return &http.Client{Transport: tr, CheckRedirect: redirectPolicy(opts.MaxRedirects)}
}

// redirectPolicy stops loops and long chains, and redirects to other schemes.
func redirectPolicy(max int) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		if _, err := checkURL(req.URL.String()); err != nil {
			return &redirectError{fmt.Sprintf("redirected to %s", req.URL.Redacted())}
		}
		for _, prev := range via {
			if prev.URL.String() == req.URL.String() {
				return &redirectError{"redirect loop at " + req.URL.Redacted()}
			}
		}
		if len(via) > max {
			return &redirectError{fmt.Sprintf("more than %d redirects", max)}
		}
		return nil
	}
}

type redirectError struct{ msg string }

func (e *redirectError) Error() string { return e.msg }

// readCapped reads at most MaxBytes, reporting progress as each kB arrives.
func readCapped(r io.Reader, opts FetchOptions) ([]byte, error) {
	var buf bytes.Buffer
	chunk := make([]byte, 32<<10)
	var next int64
	for {
		n, err := r.Read(chunk)
		buf.Write(chunk[:n])
		if int64(buf.Len()) > opts.MaxBytes {
			return nil, fmt.Errorf("page is larger than the %s limit", sizeText(opts.MaxBytes))
		}
		if int64(buf.Len()) >= next {
			opts.report(Progress{Stage: StageDownloading, Bytes: int64(buf.Len())})
			next = (int64(buf.Len())/1000 + 1) * 1000 // once per kB shown
		}
		if err == io.EOF {
			return buf.Bytes(), nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// fetchError turns transport errors into one line a reader understands.
func fetchError(ctx context.Context, raw string, opts FetchOptions, err error) error {
	var re *redirectError
	var certErr *tls.CertificateVerificationError
	var unknownCA x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	var recordErr tls.RecordHeaderError
	switch {
	case errors.As(err, &re):
		return fmt.Errorf("fetching %s: %s", raw, re.msg)
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return fmt.Errorf("fetching %s: timed out after %s", raw, opts.Timeout)
	case errors.Is(err, context.Canceled) || errors.Is(ctx.Err(), context.Canceled):
		return fmt.Errorf("fetching %s: canceled", raw)
	case errors.As(err, &certErr), errors.As(err, &unknownCA), errors.As(err, &hostErr), errors.As(err, &recordErr):
		return fmt.Errorf("fetching %s: TLS error: %s", raw, tlsText(err))
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return fmt.Errorf("fetching %s: %w", raw, err)
}

// tlsText drops the URL that net/http puts in front of TLS errors.
func tlsText(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err.Error()
	}
	return err.Error()
}

func typeError(raw, mt string, accept Accept) error {
	return fmt.Errorf("fetching %s: content type %s is not %s", raw, mt, accept.What)
}

func statusText(resp *http.Response) string {
	if t := http.StatusText(resp.StatusCode); t != "" {
		return fmt.Sprintf("%d %s", resp.StatusCode, t)
	}
	return resp.Status
}

// mediaType returns the lower-case media type and charset of a Content-Type.
func mediaType(header string) (string, string) {
	if header == "" {
		return "", ""
	}
	mt, params, err := mime.ParseMediaType(header)
	if err != nil {
		mt, _, _ = strings.Cut(header, ";")
		return strings.ToLower(strings.TrimSpace(mt)), ""
	}
	return strings.ToLower(mt), params["charset"]
}

// isPageType accepts HTML and plain text.
func isPageType(mt string) bool {
	return isHTMLType(mt) || mt == "text/plain"
}

func isHTMLType(mt string) bool {
	return mt == "text/html" || mt == "application/xhtml+xml"
}

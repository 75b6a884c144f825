package articles

// boilerplateWords are class, id and role words that mark the parts of a
// news page around its article: navigation, ads, sharing, comments, footers.
// A word matches a whole part of a name split at spaces, "-" and "_".
var boilerplateWords = map[string]bool{
	"ad": true, "ads": true, "adslot": true, "advert": true, "adverts": true,
	"advertisement": true, "advertising": true, "sponsor": true, "sponsored": true,
	"promo": true, "promoted": true, "outbrain": true, "taboola": true,
	"nav": true, "navbar": true, "navigation": true, "menu": true,
	"breadcrumb": true, "breadcrumbs": true, "banner": true, "masthead": true,
	"footer": true, "contentinfo": true, "complementary": true, "sidebar": true,
	"comment": true, "comments": true, "disqus": true, "replies": true,
	"share": true, "sharing": true, "social": true, "related": true,
	"newsletter": true, "subscribe": true, "signup": true,
	"cookie": true, "cookies": true, "consent": true, "popup": true, "modal": true,
}

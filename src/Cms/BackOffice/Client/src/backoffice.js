// The back office's only script. Every form works without it; it adds the rich-text editor,
// upload progress, focal points, who else is editing and how far a search index rebuild has come.
import { enhanceRichText } from "./rich-text.js";
import { enhanceUploads } from "./uploads.js";
import { enhanceFocalPoint } from "./focal-point.js";
import { enhancePresence } from "./presence.js";
import { enhanceSearchIndex } from "./search-index.js";

document.querySelectorAll("textarea[data-rich-text]").forEach(enhanceRichText);
document.querySelectorAll("form[data-upload]").forEach(enhanceUploads);
document.querySelectorAll("[data-focal]").forEach(enhanceFocalPoint);
document.querySelectorAll("[data-presence]").forEach(enhancePresence);
document.querySelectorAll("[data-search-index]").forEach(enhanceSearchIndex);

// Marks the page as enhanced, for anyone (the browser tests among them) who must wait for the above.
document.documentElement.dataset.enhanced = "true";

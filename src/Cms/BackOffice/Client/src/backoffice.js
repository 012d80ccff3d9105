// The back office's only script. Every form works without it; it adds the rich-text editor,
// upload progress, focal points and who else is editing.
import { enhanceRichText } from "./rich-text.js";
import { enhanceUploads } from "./uploads.js";
import { enhanceFocalPoint } from "./focal-point.js";
import { enhancePresence } from "./presence.js";

document.querySelectorAll("textarea[data-rich-text]").forEach(enhanceRichText);
document.querySelectorAll("form[data-upload]").forEach(enhanceUploads);
document.querySelectorAll("[data-focal]").forEach(enhanceFocalPoint);
document.querySelectorAll("[data-presence]").forEach(enhancePresence);

// Marks the page as enhanced, for anyone (the browser tests among them) who must wait for the above.
document.documentElement.dataset.enhanced = "true";

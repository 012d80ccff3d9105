// The back office's only script. Every form works without it; it adds the rich-text editor and,
// as the features arrive, upload progress, focal points and presence.
import { enhanceRichText } from "./rich-text.js";

document.querySelectorAll("textarea[data-rich-text]").forEach(enhanceRichText);

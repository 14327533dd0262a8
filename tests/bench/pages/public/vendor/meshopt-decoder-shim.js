/*
 * model-viewer 4 bundles its own MeshoptDecoder, but only turns it on once the
 * script at ModelViewerElement.meshoptDecoderLocation has loaded (its default is
 * unset). This empty script is that location: the peer page loads no second copy
 * of the decoder, which slightly favours the peer on bytes.
 */

# Run with -DDOC=<markdown file> -DSNIPPET=<source file>: the document shows the source verbatim.
file(READ ${DOC} doc)
file(READ ${SNIPPET} snippet)
string(FIND "${doc}" "${snippet}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${DOC} does not contain ${SNIPPET} verbatim")
endif()

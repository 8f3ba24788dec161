package io.qantar.gateway.supergraph;

import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.language.Document;

import java.io.StringReader;

/**
 * Parses a supergraph's SDL. Unlike an operation, the SDL comes from the deployment, not a client, and a large
 * composed schema exceeds graphql-java's default parser limits, so none apply.
 */
final class SdlDocument {

    private SdlDocument() {
    }

    /** Throws graphql-java's {@code InvalidSyntaxException} for SDL that does not parse. */
    static Document parse(String sdl) {
        ParserOptions options = ParserOptions.getDefaultSdlParserOptions().transform(b -> b
                .maxTokens(Integer.MAX_VALUE).maxCharacters(Integer.MAX_VALUE)
                .maxWhitespaceTokens(Integer.MAX_VALUE).maxRuleDepth(Integer.MAX_VALUE)
                .captureSourceLocation(false).captureLineComments(false));
        return Parser.parse(ParserEnvironment.newParserEnvironment()
                .document(new StringReader(sdl)).parserOptions(options).build());
    }
}

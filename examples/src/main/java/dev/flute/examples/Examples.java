package dev.flute.examples;

import dev.flute.examples.auth.OAuth2Jwt;
import dev.flute.examples.body.BodyBasic;
import dev.flute.examples.body.BodyEmbed;
import dev.flute.examples.body.BodyListField;
import dev.flute.examples.body.BodyMultiple;
import dev.flute.examples.body.BodyPathQuery;
import dev.flute.examples.body.BodySingular;
import dev.flute.examples.body.BodySubmodel;
import dev.flute.examples.demo.Demo;
import dev.flute.examples.demo.DemoSettings;
import dev.flute.examples.deps.DepsClass;
import dev.flute.examples.deps.DepsDecorator;
import dev.flute.examples.deps.DepsFunction;
import dev.flute.examples.deps.DepsGlobal;
import dev.flute.examples.deps.DepsRouter;
import dev.flute.examples.deps.DepsSub;
import dev.flute.examples.deps.DepsYieldDb;
import dev.flute.examples.deps.DepsYieldNested;
import dev.flute.examples.errors.CustomExceptionHandler;
import dev.flute.examples.errors.HttpException;
import dev.flute.examples.errors.HttpExceptionHeaders;
import dev.flute.examples.errors.ReuseExceptionHandlers;
import dev.flute.examples.form.FileUpload;
import dev.flute.examples.form.FormAndFile;
import dev.flute.examples.form.FormFields;
import dev.flute.examples.form.FormWithModel;
import dev.flute.examples.operation.OperationConfig;
import dev.flute.examples.ops.Metrics;
import dev.flute.examples.params.CookieModel;
import dev.flute.examples.params.HeaderModel;
import dev.flute.examples.path.PathConverter;
import dev.flute.examples.path.PathEnum;
import dev.flute.examples.path.PathParams;
import dev.flute.examples.path.PathTyped;
import dev.flute.examples.path.PathUntyped;
import dev.flute.examples.path.PathValidation;
import dev.flute.examples.path.StarletteBasic;
import dev.flute.examples.query.QueryDefaults;
import dev.flute.examples.query.QueryList;
import dev.flute.examples.query.QueryModel;
import dev.flute.examples.query.QueryOptional;
import dev.flute.examples.query.QueryValidation;
import dev.flute.examples.response.CustomResponseXml;
import dev.flute.examples.response.ExtraStatusCodes;
import dev.flute.examples.response.JsonableEncoder;
import dev.flute.examples.response.ResponseExcludeUnset;
import dev.flute.examples.response.ResponseModelExample;
import dev.flute.examples.schema.SchemaExtraBody;
import dev.flute.examples.schema.SchemaExtraField;
import dev.flute.examples.schema.SchemaExtraModel;
import dev.flute.examples.tasks.BackgroundTasksExample;
import dev.flute.examples.tasks.MiddlewareTiming;
import dev.flute.examples.types.ExtraTypes;
import dev.flute.examples.ws.WebsocketChat;
import dev.flute.examples.ws.WebsocketEcho;
import java.util.List;
import java.util.Optional;

/** Every example, in the order of the seed tour. Listed by hand: no classpath scanning. */
public final class Examples {
    private Examples() {}

    public static final List<Example> ALL = List.of(
            new Example("demo", "-", Demo::app, Demo::vertxOptions, () -> DemoSettings.read()
                    .port()),
            new Example("starlette-basic", "2", StarletteBasic::app),
            new Example("path-params", "2.1", PathParams::app),
            new Example("path-untyped", "2.1.1", PathUntyped::app),
            new Example("path-typed", "2.1.2", PathTyped::app),
            new Example("path-converter", "2.1.3", PathConverter::app),
            new Example("path-enum", "2.1.4", PathEnum::app),
            new Example("path-validation", "2.1.5", PathValidation::app),
            new Example("operation-config", "2.1.6", OperationConfig::app),
            new Example("query-defaults", "2.2.1", QueryDefaults::app),
            new Example("query-optional", "2.2.2", QueryOptional::app),
            new Example("query-validation", "2.2.3", QueryValidation::app),
            new Example("query-list", "2.2.4", QueryList::app),
            new Example("query-model", "2.2.5", QueryModel::app),
            new Example("body-basic", "2.3.1", BodyBasic::app),
            new Example("body-path-query", "2.3.2", BodyPathQuery::app),
            new Example("body-multiple", "2.3.4", BodyMultiple::app),
            new Example("body-singular", "2.3.5", BodySingular::app),
            new Example("body-embed", "2.3.6", BodyEmbed::app),
            new Example("body-list-field", "2.3.7", BodyListField::app),
            new Example("body-submodel", "2.3.7", BodySubmodel::app),
            new Example("schema-extra-model", "2.4.1", SchemaExtraModel::app),
            new Example("schema-extra-field", "2.4.1", SchemaExtraField::app),
            new Example("schema-extra-body", "2.4.1", SchemaExtraBody::app),
            new Example("extra-types", "2.4.2", ExtraTypes::app),
            new Example("cookie-model", "2.5", CookieModel::app),
            new Example("header-model", "2.6", HeaderModel::app),
            new Example("response-model", "2.7.1", ResponseModelExample::app),
            new Example("response-exclude-unset", "2.7.2", ResponseExcludeUnset::app),
            new Example("extra-status-codes", "2.7.3", ExtraStatusCodes::app),
            new Example("jsonable-encoder", "2.7.4", JsonableEncoder::app),
            new Example("custom-response-xml", "2.7.5", CustomResponseXml::app),
            new Example("form-fields", "2.8", FormFields::app),
            new Example("form-model", "2.8", FormWithModel::app),
            new Example("file-upload", "2.9", FileUpload::app),
            new Example("form-and-file", "2.10", FormAndFile::app),
            new Example("http-exception", "2.11.1", HttpException::app),
            new Example("http-exception-headers", "2.11.2", HttpExceptionHeaders::app),
            new Example("custom-exception-handler", "2.11.3", CustomExceptionHandler::app),
            new Example("reuse-exception-handlers", "2.11.4", ReuseExceptionHandlers::app),
            new Example("deps-function", "2.12.1", DepsFunction::app),
            new Example("deps-class", "2.12.2", DepsClass::app),
            new Example("deps-sub", "2.12.3", DepsSub::app),
            new Example("deps-decorator", "2.12.4", DepsDecorator::app),
            new Example("deps-router", "2.12.4", DepsRouter::app),
            new Example("deps-global", "2.12.5", DepsGlobal::app),
            new Example("deps-yield-db", "2.12.6", DepsYieldDb::app),
            new Example("deps-yield-nested", "2.12.6", DepsYieldNested::app),
            new Example("oauth2-jwt", "2.13.2", OAuth2Jwt::app),
            new Example("middleware-timing", "2.14", MiddlewareTiming::app),
            new Example("background-tasks", "2.15", BackgroundTasksExample::app),
            new Example("websocket-echo", "2.16", WebsocketEcho::app),
            new Example("websocket-chat", "2.16", WebsocketChat::app),
            new Example("metrics", "-", Metrics::app, Metrics::vertxOptions));

    public static Optional<Example> named(String name) {
        return ALL.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}

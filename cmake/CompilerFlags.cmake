# One interface target carries the warnings and strict Qt flags; every target links it.
add_library(mandate_options INTERFACE)
target_compile_options(mandate_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Wshadow=local
    $<$<BOOL:${MANDATE_WERROR}>:-Werror>)
target_compile_definitions(mandate_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    MANDATE_VERSION="${PROJECT_VERSION}")

module dzcompat/sdk-go-spec

go 1.19

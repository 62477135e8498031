"""The API's endpoints, one router per resource. Each module's ``router`` holds reads (``create_app``
adds the read-token check to them when one is set); ``articles.writes`` holds the one write."""

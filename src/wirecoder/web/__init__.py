"""The web page served by ``wirecoder.api`` at ``/``: static files only (``static/``), with Leaflet,
topojson-client and the world-atlas boundaries vendored under ``static/vendor`` (see its NOTICE.txt)."""

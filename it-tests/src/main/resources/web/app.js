console.log("kiln");
